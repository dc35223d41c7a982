export { webDarkTheme } from '@fluentui/react-components';
