/**
 * Rich-text notes for one agenda item, with TipTap (loaded on demand with this file). What leaves
 * the editor is sanitized by DOMPurify before it reaches the minutes.
 */
import * as React from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { IconButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PmoHubStrings';
import { sanitizeHtml } from './sanitize';

export interface IRichTextEditorProps {
  /** Accessible name of the editing area. */
  label: string;
  value: string;
  onChange: (html: string) => void;
}

// Bordered like a Fluent text field: the theme's input border, its focus colour when the editor has focus.
const classes = ({ semanticColors: s }: ITheme) =>
  mergeStyleSets({
    box: { border: `1px solid ${s.inputBorder}`, borderRadius: 2, padding: '4px 8px', minHeight: 72, selectors: { ':focus-within': { borderColor: s.inputFocusBorderAlt }, '.ProseMirror': { outline: 'none', minHeight: 60 } } }
  });

export function RichTextEditor(props: IRichTextEditorProps): React.ReactElement {
  const theme = useTheme();
  const css = React.useMemo(() => classes(theme), [theme]);
  const onChange = React.useRef(props.onChange);
  onChange.current = props.onChange;
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [3, 4] } })],
    content: sanitizeHtml(props.value),
    editorProps: { attributes: { 'aria-label': props.label, role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: ({ editor: e }) => onChange.current(sanitizeHtml(e.getHTML()))
  });
  const run = (fn: (e: NonNullable<typeof editor>) => void) => () => editor && fn(editor);
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Stack horizontal role="toolbar" aria-label={props.label}>
        <IconButton iconProps={{ iconName: 'Bold' }} title={strings.MinutesBold} ariaLabel={strings.MinutesBold} onClick={run((e) => e.chain().focus().toggleBold().run())} />
        <IconButton iconProps={{ iconName: 'Italic' }} title={strings.MinutesItalic} ariaLabel={strings.MinutesItalic} onClick={run((e) => e.chain().focus().toggleItalic().run())} />
        <IconButton iconProps={{ iconName: 'BulletedList' }} title={strings.MinutesBullets} ariaLabel={strings.MinutesBullets} onClick={run((e) => e.chain().focus().toggleBulletList().run())} />
      </Stack>
      <div className={css.box}>
        <EditorContent editor={editor} />
      </div>
    </Stack>
  );
}

export default RichTextEditor;
