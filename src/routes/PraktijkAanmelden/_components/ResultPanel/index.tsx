import React, {useRef, useState, type ReactNode, type RefObject} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {paragraphs} from '@site/src/lib/praktijk-form/state';
import {praktijkSections} from '@site/src/lib/mdx-writer';
import {mailtoUrl, prefilledIssueUrl} from '@site/src/lib/submit-routes';
import type {Finished} from '../usePraktijkForm';
import pageStyles from '../../styles.module.css';
import styles from './styles.module.css';

interface Props {
  readonly finished: Finished;
  readonly stale: boolean;
  readonly repositoryUrl: string;
  /** Factor titles by slug, as the issue form's options name them. */
  readonly factorTitles: Readonly<Record<string, string>>;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

interface Redactie {
  readonly email: string;
  readonly reactietijd: string;
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

/** The form's last step: what happens next, two ways to send the page, and the file itself. */
export default function ResultPanel({finished, stale, repositoryUrl, factorTitles, headingRef}: Props): ReactNode {
  const {slug, frontmatter, body, mdx} = finished;
  const redactie = useDocusaurusContext().siteConfig.customFields?.redactie as Redactie;
  const fileName = `${slug}.mdx`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const issue = prefilledIssueUrl(repositoryUrl, frontmatter, body, factorTitles);
  const newFileUrl = `${repositoryUrl}/new/main/docs/praktijken?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(mdx)}`;

  return (
    <section className={pageStyles.result} aria-labelledby="resultaat-titel">
      <h2 id="resultaat-titel" ref={headingRef} tabIndex={-1} className={pageStyles.resultTitle}>
        Je aanmelding is klaar om te versturen
      </h2>
      {stale && (
        <p className={pageStyles.notice}>
          Je hebt het formulier daarna nog veranderd. Kies opnieuw <strong>Controleer en maak het bestand</strong> om die wijzigingen mee te nemen.
        </p>
      )}
      <div className={styles.next}>
        <h3>Wat gebeurt er nu?</h3>
        <ol>
          <li>Je stuurt je aanmelding op een van de twee manieren hieronder.</li>
          <li>
            De redactie van de kennisbank leest hem na. Dat duurt meestal ongeveer {redactie.reactietijd}. Heeft de redactie een vraag, dan hoor je dat.
          </li>
          <li>Je krijgt antwoord waar je aanmeldde: als reactie op GitHub, of per e-mail. Is alles in orde, dan komt je praktijk op de site.</li>
        </ol>
      </div>

      <div className={styles.routes}>
        <div className={styles.route}>
          <h3>Meld aan via GitHub</h3>
          <p>
            Heb je een (gratis) GitHub-account? Dan opent het aanmeldformulier op GitHub, met alles wat je hier invulde al ingevuld. Kies daar{' '}
            <strong>Create</strong>. Een controle-bot reageert binnen een paar minuten.
          </p>
          {issue.withoutSections && (
            <p>Je tekst is te lang om mee te sturen in de link. Plak de tekst van de onderdelen zelf in het formulier op GitHub.</p>
          )}
          <a className={`button button--primary ${styles.button}`} href={issue.url} target="_blank" rel="noopener noreferrer">
            Meld aan via GitHub<span className="visually-hidden"> (opent in een nieuw venster)</span>
          </a>
        </div>
        <div className={styles.route}>
          <h3>Stuur naar de redactie</h3>
          <p>
            Geen GitHub-account? Dan download je het bestand <code>{fileName}</code> en opent je e-mailprogramma een bericht aan {redactie.email}. Voeg
            het bestand als bijlage toe en verstuur het bericht.
          </p>
          <a
            className={`button button--secondary ${styles.button}`}
            href={mailtoUrl(redactie.email, frontmatter, fileName)}
            onClick={() => {
              download(mdx, fileName);
              setStatus(`${fileName} is gedownload. Voeg het als bijlage toe aan je e-mail.`);
            }}
          >
            Stuur naar de redactie
          </a>
        </div>
      </div>
      <p role="status" className={pageStyles.status}>
        {status}
      </p>

      <h3>Voorbeeld van je pagina</h3>
      <article className={pageStyles.preview} aria-label={`Voorbeeld: ${frontmatter.title}`}>
        <p className={pageStyles.previewTitle}>{frontmatter.title}</p>
        <p className={pageStyles.previewSummary}>{frontmatter.summary}</p>
        {praktijkSections.map(({key, heading}) => {
          const parts = paragraphs(body[key]);
          if (parts.length === 0) return null;
          return (
            <div key={key}>
              <h4>{heading}</h4>
              {parts.map((part, index) => (
                <p key={index} className={pageStyles.previewParagraph}>
                  {part}
                </p>
              ))}
            </div>
          );
        })}
      </article>

      <details className={styles.developers}>
        <summary>Voor wie met GitHub werkt</summary>
        <p>
          Het bestand <code>{fileName}</code> hoort in de map <code>docs/praktijken</code>. Open het op GitHub als nieuw bestand en stel een wijziging (pull
          request) voor.
        </p>
        <label htmlFor="mdx-uitvoer" className={pageStyles.label}>
          Inhoud van {fileName}
        </label>
        <textarea id="mdx-uitvoer" ref={textareaRef} className={`${pageStyles.input} ${pageStyles.output}`} readOnly value={mdx} rows={18} spellCheck={false} wrap="off" />
        <div className={pageStyles.actions}>
          <button
            type="button"
            className="button button--secondary"
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
          <a className={pageStyles.githubLink} href={newFileUrl} target="_blank" rel="noopener noreferrer">
            Open op GitHub als nieuw bestand<span className="visually-hidden"> (opent in een nieuw venster)</span>
          </a>
        </div>
      </details>
    </section>
  );
}
