import * as strings from 'PmoHubStrings';
import {
  effectiveSiteUrl,
  parseProjectId,
  projectTarget,
  toggleColumn,
  validateProjectId,
  validateSiteUrl
} from '../../../src/webparts/common/properties';

describe('web part properties', () => {
  it('accepts an empty or https site URL and refuses anything else', () => {
    expect(validateSiteUrl('')).toBe('');
    expect(validateSiteUrl(undefined)).toBe('');
    expect(validateSiteUrl('https://contoso.sharepoint.com/sites/pmo')).toBe('');
    expect(validateSiteUrl('http://contoso.sharepoint.com/sites/pmo')).toBe(strings.WebPartPaneSiteUrlInvalid);
    expect(validateSiteUrl('/sites/pmo')).toBe(strings.WebPartPaneSiteUrlInvalid);
    expect(validateSiteUrl('https://contoso.sharepoint.com/sites/pmo?x=1')).toBe(strings.WebPartPaneSiteUrlInvalid);
  });

  it('uses the configured PMO site (trailing slash dropped) and falls back to the current web', () => {
    const here = 'https://contoso.sharepoint.com/sites/team-a';
    expect(effectiveSiteUrl('https://contoso.sharepoint.com/sites/pmo/', here)).toBe('https://contoso.sharepoint.com/sites/pmo');
    expect(effectiveSiteUrl('  ', here)).toBe(here);
    expect(effectiveSiteUrl(undefined, here)).toBe(here);
    // An invalid value is never used as a base URL.
    expect(effectiveSiteUrl('not a url', here)).toBe(here);
  });

  it('parses only positive whole project ids', () => {
    expect(parseProjectId('42')).toBe(42);
    expect(parseProjectId(' 7 ')).toBe(7);
    expect(parseProjectId(3)).toBe(3);
    for (const bad of ['', '0', '-1', '1.5', 'abc', undefined]) expect(parseProjectId(bad)).toBeUndefined();
    expect(validateProjectId('')).toBe('');
    expect(validateProjectId('12')).toBe('');
    expect(validateProjectId('x')).toBe(strings.WebPartPaneProjectIdInvalid);
  });

  it('targets the pane project id first, then the M365 group, else nothing', () => {
    expect(projectTarget('12', 'group-1')).toEqual({ projectId: 12 });
    expect(projectTarget('', 'group-1')).toEqual({ groupId: 'group-1' });
    expect(projectTarget('nonsense', 'group-1')).toEqual({ groupId: 'group-1' });
    expect(projectTarget(undefined, undefined)).toEqual({});
    expect(projectTarget('', 'group-1', '19:c@thread.tacv2')).toEqual({ groupId: 'group-1', channelId: '19:c@thread.tacv2' });
    expect(projectTarget('7', 'group-1', '19:c@thread.tacv2')).toEqual({ projectId: 7 });
  });

  describe('toggleColumn', () => {
    const all = ['title', 'code', 'phase', 'health', 'budget'];
    it('keeps the shown order and inserts a new column before the first later one', () => {
      expect(toggleColumn(['code', 'title', 'budget'], all, 'health', true)).toEqual(['code', 'title', 'health', 'budget']);
      expect(toggleColumn(['code', 'phase'], all, 'budget', true)).toEqual(['code', 'phase', 'budget']);
      expect(toggleColumn(['code', 'phase'], all, 'title', true)).toEqual(['title', 'code', 'phase']);
    });
    it('removes a column, and drops unknown keys and duplicates', () => {
      expect(toggleColumn(['code', 'title', 'budget'], all, 'title', false)).toEqual(['code', 'budget']);
      expect(toggleColumn(['code', 'gone', 'code'], all, 'phase', false)).toEqual(['code']);
      expect(toggleColumn(['code'], all, 'unknown', true)).toEqual(['code']);
      // Switching on a column already shown does not duplicate it.
      expect(toggleColumn(['code', 'title'], all, 'title', true)).toEqual(['code', 'title']);
    });
  });
});
