import React, {useRef, useState, type ReactNode, type RefObject} from 'react';
import {paragraphs} from '@site/src/lib/praktijk-form/state';
import {praktijkSections} from '@site/src/lib/mdx-writer';
import type {Finished} from '../usePraktijkForm';
import styles from '../../styles.module.css';

interface Props {
  readonly finished: Finished;
  readonly stale: boolean;
  readonly repositoryUrl: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Copies text; falls back to selecting the textarea and `execCommand('copy')`. */
async function copyText(text: string, textarea: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed (e.g. no secure context): try the old way.
  }
  if (!textarea) return false;
  textarea.focus();
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The finished page: a simple preview, the MDX file, and ways to take it to GitHub. */
export default function ResultPanel({finished, stale, repositoryUrl, headingRef}: Props): ReactNode {
  const {slug, frontmatter, body, mdx} = finished;
  const fileName = `${slug}.mdx`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const githubUrl = `${repositoryUrl}/new/main/docs/praktijken?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(mdx)}`;

  return (
    <section className={styles.result} aria-labelledby="resultaat-titel">
      <h2 id="resultaat-titel" ref={headingRef} tabIndex={-1} className={styles.resultTitle}>
        Je bestand is klaar
      </h2>
      {stale && (
        <p className={styles.notice}>
          Je hebt het formulier daarna nog veranderd. Kies opnieuw <strong>Controleer en maak het bestand</strong> om die wijzigingen mee te nemen.
        </p>
      )}
      <p>
        Alles is goed ingevuld. Hieronder zie je hoe je pagina er ongeveer uitziet, en het bestand <code>{fileName}</code>. Het hoort in de map{' '}
        <code>docs/praktijken</code>. Open het op GitHub als nieuw bestand en stel een wijziging (pull request) voor; een redacteur kijkt mee.
      </p>

      <h3>Voorbeeld van je pagina</h3>
      <article className={styles.preview} aria-label={`Voorbeeld: ${frontmatter.title}`}>
        <p className={styles.previewTitle}>{frontmatter.title}</p>
        <p className={styles.previewSummary}>{frontmatter.summary}</p>
        {praktijkSections.map(({key, heading}) => {
          const parts = paragraphs(body[key]);
          if (parts.length === 0) return null;
          return (
            <div key={key}>
              <h4>{heading}</h4>
              {parts.map((part, index) => (
                <p key={index} className={styles.previewParagraph}>
                  {part}
                </p>
              ))}
            </div>
          );
        })}
      </article>

      <h3>Het bestand</h3>
      <label htmlFor="mdx-uitvoer" className={styles.label}>
        Inhoud van {fileName}
      </label>
      <textarea id="mdx-uitvoer" ref={textareaRef} className={`${styles.input} ${styles.output}`} readOnly value={mdx} rows={18} spellCheck={false} wrap="off" />
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary"
          onClick={async () => {
            setStatus('');
            const ok = await copyText(mdx, textareaRef.current);
            setStatus(ok ? 'Het bestand is gekopieerd.' : 'Kopiëren lukte niet. Selecteer de tekst in het vak en kopieer met Ctrl+C (of Cmd+C).');
          }}
        >
          Kopieer
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            download(mdx, fileName);
            setStatus(`${fileName} is gedownload.`);
          }}
        >
          Download .mdx
        </button>
        <a className={styles.githubLink} href={githubUrl} target="_blank" rel="noopener noreferrer">
          Open op GitHub als nieuw bestand<span className="visually-hidden"> (opent in een nieuw venster)</span>
        </a>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </section>
  );
}
