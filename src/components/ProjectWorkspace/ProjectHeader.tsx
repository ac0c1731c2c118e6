import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import type { IProject } from '../../model/types';
import { FactList } from '../common/FactList';
import { healthLabel, phaseLabel } from '../common/fields/labels';
import { healthColors } from '../common/themeColors';

function Fact({ label, children }: { label: string; children: React.ReactNode }): React.ReactElement {
  return (
    <div>
      <dt style={{ fontSize: 12, margin: 0 }}>{label}</dt>
      <dd style={{ margin: 0, fontWeight: 600 }}>{children}</dd>
    </div>
  );
}

/** The project's title, code, phase, health (text and colour) and manager. */
export function ProjectHeader({ project }: { project: IProject }): React.ReactElement {
  // The RAG dot only repeats what the health text says (WCAG 1.4.1: colour is never the only signal).
  const health = healthColors(useTheme());
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="project-header">
      <Text as="h2" variant="xLarge" style={{ margin: 0 }}>
        {project.title}
      </Text>
      <FactList>
        <Fact label={strings.WorkspaceCode}>{project.code || strings.WorkspaceNotSet}</Fact>
        <Fact label={strings.WorkspacePhase}>{phaseLabel(project.phase) || strings.WorkspaceNotSet}</Fact>
        <Fact label={strings.WorkspaceHealth}>
          {project.health ? (
            <span data-health={project.health} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
              <span aria-hidden style={{ width: 10, height: 10, borderRadius: 5, background: health[project.health] }} />
              {healthLabel(project.health)}
            </span>
          ) : (
            strings.WorkspaceNotSet
          )}
        </Fact>
        <Fact label={strings.WorkspaceManager}>{project.manager ? project.manager.title : strings.WorkspaceNotSet}</Fact>
      </FactList>
    </Stack>
  );
}
