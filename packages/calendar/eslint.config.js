export { default } from '@knutepunkt/eslint-config';
