import base from '@knutepunkt/eslint-config';

// Scripts talk to the person running them.
export default [...base, { files: ['scripts/**'], rules: { 'no-console': 'off' } }];
