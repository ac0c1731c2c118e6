import * as React from 'react';
import { ConstrainMode, DetailsListLayoutMode, IDetailsRowProps, IDetailsRowStyles, IGroup, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { DetailsRow } from '@fluentui/react/lib/DetailsList';
import { ShimmeredDetailsList } from '@fluentui/react/lib/ShimmeredDetailsList';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { isOverdue, PROJECT_LIMITS } from '../../model/project';
import type { IProject } from '../../model/types';
import { healthLabel, phaseLabel, priorityLabel } from '../common/fields/labels';
import { lazyPart } from '../common/LazyPart';
import type { IProjectFormProps } from '../ProjectForm/types';
import { RecordEditorPanel } from '../records/RecordEditorPanel';
import { RecordsLoadError, RecordsToolbar } from '../records/RecordsToolbar';
import { ProposalIntake } from '../Proposals/ProposalIntake';
import { healthColors, healthTints } from '../common/themeColors';
import { buildColumns } from './cells';
import { RegisterFilters } from './RegisterFilters';
import type { IProjectRegisterProps, RegisterGrouping } from './types';
import { useProjectRegister } from './useProjectRegister';

// The form's fields (pickers, date fields) are their own chunk, loaded in the add/edit panel when first opened.
const ProjectForm = lazyPart<IProjectFormProps>(() =>
  import(/* webpackChunkName: 'pmo-project-form' */ '../ProjectForm/ProjectForm').then((m) => m.ProjectForm)
);

function groupName(by: RegisterGrouping, name: string): string {
  if (!name) return strings.RegisterGroupEmpty;
  if (by === 'phase') return phaseLabel(name as IProject['phase']);
  if (by === 'health') return healthLabel(name as IProject['health']);
  if (by === 'priority') return priorityLabel(name as IProject['priority']);
  return name;
}

/**
 * Red or overdue projects stand out with a red left edge (plus the text badges in their cells). The
 * edge is an inset shadow, not a border, so the row's cells stay in line with the header. On light
 * themes the row is also tinted, and its links take the darker theme colour: the primary link blue
 * on the tint is 4.16:1, below WCAG AA's 4.5:1. Dark and high-contrast themes get no tint.
 */
function flaggedRowStyles(theme: ITheme): Partial<IDetailsRowStyles> {
  const edge = `inset 4px 0 0 ${healthColors(theme).Red}`;
  if (theme.isInverted) return { root: { boxShadow: edge } };
  return {
    root: {
      boxShadow: edge,
      background: healthTints(theme).Red,
      selectors: { '.ms-Link': { color: theme.palette.themeDark }, '.ms-Link:hover, .ms-Link:active': { color: theme.palette.themeDarker } }
    }
  };
}

function renderRow(flagged: Partial<IDetailsRowStyles>, props?: IDetailsRowProps): JSX.Element | null {
  if (!props) return null;
  const p = props.item as IProject;
  return <DetailsRow {...props} styles={p.health === 'Red' || isOverdue(p) ? flagged : undefined} />;
}

/** The register's search box, with the reason a search was refused next to it. */
function RegisterSearch({ value, error, onChange }: { value: string; error?: string; onChange: (text: string) => void }): React.ReactElement {
  const theme = useTheme();
  return (
    <>
      <SearchBox
        placeholder={strings.RegisterSearchPlaceholder}
        ariaLabel={strings.RegisterSearchLabel}
        value={value}
        maxLength={PROJECT_LIMITS.title}
        aria-describedby={error ? 'pmo-register-search-error' : undefined}
        aria-invalid={!!error}
        onChange={(_e, v) => onChange(v || '')}
        onClear={() => onChange('')}
      />
      {error && (
        <Text id="pmo-register-search-error" role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {error}
        </Text>
      )}
    </>
  );
}

/** The project register: every project in a searchable, filterable, sortable and groupable list. */
export function ProjectRegister(props: IProjectRegisterProps): React.ReactElement {
  const r = useProjectRegister(props);
  const { editor, loaded } = r;
  const theme = useTheme();
  const flagged = React.useMemo(() => flaggedRowStyles(theme), [theme]);
  const startEdit = React.useRef(editor.startEdit);
  startEdit.current = editor.startEdit;
  const open = React.useCallback((p: IProject) => startEdit.current(p), []);
  const columns = React.useMemo(() => buildColumns(r.columns, r.sort, r.sortBy, open), [r.columns, r.sort, r.sortBy, open]);
  const groups: IGroup[] | undefined = r.groups?.map((g) => ({
    key: `${r.groupBy}:${g.key}`,
    name: groupName(r.groupBy, g.name),
    startIndex: g.startIndex,
    count: g.count
  }));
  const empty = !loaded.loading && !loaded.error && r.items.length === 0;
  const editing = editor.editing;

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge">
        {strings.RegisterTitle}
      </Text>
      <RecordsToolbar
        label={strings.RegisterTitle}
        newText={strings.RegisterCmdNew}
        onNew={() => editor.startNew()}
        exports={r.exports}
        onRefresh={loaded.reload}
        loading={loaded.loading}
      />
      <ProposalIntake onSaved={loaded.upsert} />
      <RegisterSearch value={r.search} error={r.searchError} onChange={r.setSearch} />
      <RegisterFilters
        filters={r.filters}
        departments={r.departments}
        managers={r.managers}
        groupBy={r.groupBy}
        onFilters={r.setFilters}
        onGroupBy={r.setGroupBy}
      />
      <RecordsLoadError error={loaded.error} onRetry={loaded.reload} />
      <Text role="status" aria-live="polite" variant="small">
        {loaded.loading ? strings.Loading : format(strings.RegisterCount, r.items.length, loaded.items.length)}
      </Text>
      {empty ? (
        <Text block data-testid="register-empty">
          {/* With a search, the server answers with the matches only: nothing loaded then means no match, not an empty register. */}
          {loaded.items.length === 0 && !r.search.trim() ? strings.RegisterEmpty : strings.RegisterNoMatches}
        </Text>
      ) : (
        <ShimmeredDetailsList
          items={r.items}
          groups={groups}
          columns={columns}
          enableShimmer={loaded.loading && loaded.items.length === 0}
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.justified}
          constrainMode={ConstrainMode.unconstrained}
          getKey={(item: IProject | null, index?: number) => (item ? String(item.id) : `shimmer-${index}`)}
          setKey="projects"
          onItemInvoked={open}
          onRenderRow={(row) => renderRow(flagged, row)}
          ariaLabelForGrid={strings.RegisterTitle}
          ariaLabelForShimmer={strings.Loading}
          groupProps={{ showEmptyGroups: false }}
        />
      )}
      <RecordEditorPanel editor={editor} title={editing ? format(strings.ProjectFormEditTitle, editing.code || editing.title) : strings.ProjectFormNewTitle}>
        <ProjectForm editor={editor} />
      </RecordEditorPanel>
    </Stack>
  );
}
