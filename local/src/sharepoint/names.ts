/** SharePoint's name mangling: internal field names from titles and OData entity type names. */

function escapeChar(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`;
}

/**
 * Internal name SharePoint derives from a display title: letters, digits and `_` stay, anything
 * else becomes `_xHHHH_` (`Device Type` → `Device_x0020_Type`); capped at 32 characters, SharePoint's
 * limit for list fields (pnp/PnP#1556, MicrosoftDocs/microsoft-365-community#524).
 */
export function internalNameFromTitle(title: string): string {
  let out = '';
  for (const ch of title) {
    const piece = /[A-Za-z0-9_]/.test(ch) ? ch : escapeChar(ch);
    if (out.length + piece.length > 32) break;
    out += piece;
  }
  return out || 'Field';
}

/** The OData property name of a field: internal names starting with `_` are exposed as `OData_<name>`. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** Entity name part from a list URL name: `PMO Projects` → `PMO_x0020_Projects`, `_` → `_x005f_`. */
export function entityNameFromUrl(urlName: string): string {
  let out = '';
  for (const ch of urlName) out += /[A-Za-z0-9]/.test(ch) ? ch : escapeChar(ch);
  return out;
}

/** The list's URL name SharePoint keeps from the title at creation (renames do not change it). */
export function urlNameFromTitle(title: string): string {
  return title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || 'List';
}

export const itemTypeName = (entity: string): string => `SP.Data.${entity}ListItem`;
export const listEntityTypeName = (entity: string): string => `${entity}List`;
