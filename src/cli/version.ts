import packageJson from '../../package.json' with { type: 'json' };

/** The version printed by `--version` and sent with a failure report; bundled into the compiled CLI. */
export const VERSION: string = packageJson.version;
