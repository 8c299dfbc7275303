// Public API of @knutepunkt/ui. Import styles once in each app: `import '@knutepunkt/ui/styles.css'`.
export { I18nProvider, type AppMessages, type I18nProviderProps, type LoadMessages } from './i18n/I18nProvider.tsx';
export { useI18n } from './i18n/use-i18n.ts';
export type { I18nContextValue } from './i18n/context.ts';
export type { AppMessageKey, Register } from './i18n/register.ts';

export { AppLayout, type AppLayoutProps } from './layout/AppLayout.tsx';
export { PrimaryNav, type NavItem, type PrimaryNavProps } from './layout/PrimaryNav.tsx';
export { SiteFooter, type FooterLink, type SiteFooterProps } from './layout/SiteFooter.tsx';
export { LanguageSwitcher } from './layout/LanguageSwitcher.tsx';
export { SkipToMain, MAIN_ID } from './layout/SkipToMain.tsx';
export { LinkProvider, PlainLink, useLinkComponent, type LinkComponent, type LinkProps } from './layout/link.tsx';

export { fieldId } from './form/field-id.ts';
export type { FieldBaseProps } from './form/FieldLabel.tsx';
export { TextField, type TextFieldProps } from './form/TextField.tsx';
export { TextArea, type TextAreaProps } from './form/TextArea.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './form/SelectField.tsx';
export { CheckboxField, RadioField, type CheckboxFieldProps } from './form/CheckboxField.tsx';
export { FormErrorSummary, type FieldError, type FormErrorSummaryProps } from './form/FormErrorSummary.tsx';
export { toFieldErrors, useFormErrors, type FieldErrorsSource } from './form/use-form-errors.ts';

export { Loading, type LoadingProps } from './state/Loading.tsx';
export { ErrorState, type ErrorStateProps } from './state/ErrorState.tsx';
export { EmptyState, type EmptyStateProps } from './state/EmptyState.tsx';
export { NotFound, type NotFoundProps } from './state/NotFound.tsx';
export { PageHeading, type PageHeadingProps } from './state/PageHeading.tsx';
export { VisuallyHidden } from './state/VisuallyHidden.tsx';
export { QueryView, type QueryViewProps } from './state/QueryView.tsx';
export {
  QueryStatesProvider,
  defaultQueryStateViews,
  useQueryStateViews,
  type HeadingLevel,
  type QueryErrorProps,
  type QueryLike,
  type QueryProgress,
  type QueryStateViews,
  type QueryStatesProviderProps,
  type SectionErrorProps,
} from './state/query-states.tsx';

export { DataTable, type DataTableColumn, type DataTableProps } from './table/DataTable.tsx';
export { DataList, type DataListProps } from './table/DataList.tsx';
export type { CollectionProps } from './table/CollectionStates.tsx';
export { TableScroll, type TableScrollProps } from './table/TableScroll.tsx';
export type { SortDirection, SortState, SortValue } from './table/sort.ts';

export { ConfirmDialog, type ConfirmDialogProps } from './dialog/ConfirmDialog.tsx';

export { Markdown, type MarkdownProps } from './content/Markdown.tsx';
export { ContributionAnswer, type ContributionAnswerProps } from './content/ContributionAnswer.tsx';
export { ReportView, type ReportViewProps } from './content/ReportView.tsx';
export { type ReportHeadingLevel, type ReportText, type ReportViewKey, useReportText } from './content/report-text.ts';
