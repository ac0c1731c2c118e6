import { createTheme, type ITheme, type PartialTheme } from '@fluentui/react/lib/Theme';

/** The theme names Teams reports in app.getContext().app.theme and to theme-change handlers. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

// Palettes follow the Teams look: its purple on light, a lifted purple on dark, and yellow-on-black
// for high contrast. createTheme() derives the semantic colours (isInverted flips them for dark).
const TEAMS_LIGHT: PartialTheme = {
  palette: {
    themePrimary: '#6264a7',
    themeLighterAlt: '#f7f7fb',
    themeLighter: '#e1e1f1',
    themeLight: '#c8c9e4',
    themeTertiary: '#989ac9',
    themeSecondary: '#7173b0',
    themeDarkAlt: '#585a95',
    themeDark: '#4a4c7e',
    themeDarker: '#37385d'
  }
};

const TEAMS_DARK: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc',
    themeLighterAlt: '#07070d',
    themeLighter: '#1a1a2c',
    themeLight: '#313152',
    themeTertiary: '#6364a4',
    themeSecondary: '#9192d1',
    themeDarkAlt: '#b0b1e0',
    themeDark: '#bfbfe6',
    themeDarker: '#d3d4ef',
    neutralLighterAlt: '#2d2c2c',
    neutralLighter: '#363535',
    neutralLight: '#434242',
    neutralQuaternaryAlt: '#4c4b4a',
    neutralQuaternary: '#535252',
    neutralTertiaryAlt: '#71706f',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f'
  }
};

const TEAMS_CONTRAST: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#1a1a00',
    themeLight: '#333300',
    themeTertiary: '#999901',
    themeSecondary: '#e0e001',
    themeDarkAlt: '#ffff33',
    themeDark: '#ffff66',
    themeDarker: '#ffff99',
    neutralLighterAlt: '#0a0a0a',
    neutralLighter: '#141414',
    neutralLight: '#262626',
    neutralQuaternaryAlt: '#333333',
    neutralQuaternary: '#3d3d3d',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000'
  },
  semanticColors: { link: '#ffff01', linkHovered: '#ffff66', bodyDivider: '#ffffff', inputBorder: '#ffffff' }
};

/** The Fluent theme for a Teams theme name; unknown names get the default (light) theme. */
export function teamsTheme(name: string | undefined): ITheme {
  if (name === 'dark') return createTheme(TEAMS_DARK);
  if (name === 'contrast') return createTheme(TEAMS_CONTRAST);
  return createTheme(TEAMS_LIGHT);
}

/**
 * The Fluent theme for the SharePoint section's theme variant (SPFx ThemeProvider /
 * onThemeChanged); the site's default theme when the page offers none.
 */
export function spfxTheme(variant: PartialTheme | undefined): ITheme {
  return createTheme(variant ?? {});
}
