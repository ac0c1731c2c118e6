import * as React from 'react';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { defaultDeckProjects } from '../../model/deck';
import { toIsoDate } from '../../model/dates';
import type { IProject } from '../../model/types';
import { downloadBlob } from '../common/export/download';
import { errorMessage, logError } from '../common/errorMessage';
import { useServices } from '../common/ServicesContext';
import { useMounted } from '../records/useMounted';
import { deckLabels } from './deckLabels';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface IDeckState {
  isOpen: boolean;
  projects: IProject[];
  selected: number[];
  loading: boolean;
  building: boolean;
  error?: string;
  open: () => void;
  close: () => void;
  toggle: (id: number, on: boolean) => void;
  build: () => void;
}

/** The deck panel: which projects get a slide (those needing attention by default), then one build and download. */
export function useDeck(): IDeckState {
  const { deck } = useServices();
  const mounted = useMounted();
  const [isOpen, setOpen] = React.useState(false);
  const [projects, setProjects] = React.useState<IProject[]>([]);
  const [selected, setSelected] = React.useState<number[]>([]);
  const [loading, setLoading] = React.useState(false);
  const [building, setBuilding] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const fail = (what: string, e: unknown): void => {
    logError(what, e);
    if (mounted.current) setError(errorMessage(e));
  };
  const open = (): void => {
    setOpen(true);
    setError(undefined);
    setLoading(true);
    deck.projects().then(
      (all) => {
        if (!mounted.current) return;
        const active = all.filter((p) => p.phase !== 'Proposal' && p.phase !== 'Closed').sort((a, b) => a.code.localeCompare(b.code));
        setProjects(active);
        setSelected((s) => (s.length ? s : defaultDeckProjects(active).map((p) => p.id)));
        setLoading(false);
      },
      (e: unknown) => {
        fail('Load deck projects', e);
        if (mounted.current) setLoading(false);
      }
    );
  };
  const toggle = (id: number, on: boolean): void =>
    setSelected((s) => (on ? (s.indexOf(id) >= 0 ? s : [...s, id]) : s.filter((x) => x !== id)));
  const build = (): void => {
    if (building) return;
    setBuilding(true);
    setError(undefined);
    const today = toIsoDate(new Date());
    // Slides in register order, whatever the order of ticking.
    const ordered = projects.filter((p) => selected.indexOf(p.id) >= 0).map((p) => p.id);
    deck.build(ordered, deckLabels(), today).then(
      (bytes) => {
        downloadBlob(new Blob([bytes], { type: PPTX }), format(strings.DeckFileName, today));
        if (mounted.current) setBuilding(false);
      },
      (e: unknown) => {
        fail('Build steering committee deck', e);
        if (mounted.current) setBuilding(false);
      }
    );
  };
  return { isOpen, projects, selected, loading, building, error, open, close: () => setOpen(false), toggle, build };
}
