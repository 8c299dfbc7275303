/**
 * The published report as the web app shows it (the service contacts' review, the public page
 * and its printable copy): the one component in packages/ui, which the admin app's preview
 * uses too, so all three show the same report the same way (docs/adr/0025).
 */
export { ReportView, type ReportViewProps } from '@knutepunkt/ui';
