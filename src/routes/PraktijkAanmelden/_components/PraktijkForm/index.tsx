import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {FactorSummary} from '@site/src/content/graph';
import {doelgroepen, leeftijdsfasen, preventieniveaus, provincies, settings, themas, type VocabularyEntry} from '@site/src/content/vocabularies';
import {praktijkSections} from '@site/src/lib/mdx-writer';
import {fieldId, fieldLabels} from '@site/src/lib/praktijk-form/errors';
import type {ChoiceKey, RowListKey} from '@site/src/lib/praktijk-form/fields';
import {usePraktijkForm} from '../usePraktijkForm';
import {SelectField, TextAreaField, TextField} from '../FormField';
import ChoiceGroup, {type ChoiceOption} from '../ChoiceGroup';
import RowList from '../RowList';
import ErrorSummary from '../ErrorSummary';
import RestartDialog from '../RestartDialog';
import ResultPanel from '../ResultPanel';
import styles from '../../styles.module.css';

interface Props {
  readonly factoren: readonly FactorSummary[];
  readonly repositoryUrl: string;
  readonly issueFormUrl: string;
}

const vocabularyOptions = (list: readonly VocabularyEntry[]): ChoiceOption[] => list.map(({value, label, description}) => ({value, label, description}));

function formatSavedAt(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {dateStyle: 'long', timeStyle: 'short'}).format(new Date(iso));
}

/** The aanmeldformulier: every field of the praktijk schema, checked with that schema in the browser. */
/** One part of the form: a section named by its own heading, so the outline reads like the page. */
function Deel({id, title, children}: {id: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export default function PraktijkForm({factoren, repositoryUrl, issueFormUrl}: Props): ReactNode {
  const form = usePraktijkForm();
  const isBrowser = useIsBrowser();
  const {state, errorFor} = form;
  const err = (path: string) => errorFor(fieldId(path));

  const choiceOptions: Record<ChoiceKey, ChoiceOption[]> = {
    doelgroepen: vocabularyOptions(doelgroepen),
    leeftijdsfasen: vocabularyOptions(leeftijdsfasen),
    settings: vocabularyOptions(settings),
    themas: vocabularyOptions(themas),
    factoren: [...factoren].sort((a, b) => a.order - b.order).map((f) => ({value: f.slug, label: f.korteNaam, description: f.kern})),
    preventieniveau: vocabularyOptions(preventieniveaus),
  };
  const choice = (name: ChoiceKey, hint: ReactNode, columns = true) => (
    <ChoiceGroup
      name={name}
      legend={fieldLabels[name]!}
      hint={hint}
      error={err(name)}
      options={choiceOptions[name]}
      selected={state[name]}
      onToggle={(value) => form.toggle(name, value, choiceOptions[name].map((o) => o.value))}
      columns={columns}
    />
  );
  const rowList = (list: RowListKey, hint: ReactNode) => (
    <RowList
      list={list}
      rows={state[list]}
      hint={hint}
      errorFor={errorFor}
      onChange={(index, field, value) => form.setRowField(list, index, field, value)}
      onAdd={() => form.addRow(list)}
      onRemove={(index) => form.removeRow(list, index)}
    />
  );

  return (
    <>
      {!isBrowser && (
        <div className={styles.notice}>
          <p>
            <strong>Dit formulier heeft JavaScript nodig</strong> om je invoer te controleren en het bestand te maken. Werkt JavaScript bij jou
            niet? Gebruik dan het <a href={issueFormUrl}>aanmeldformulier op GitHub</a>.
          </p>
        </div>
      )}
      {form.restoredAt && (
        <div className={styles.notice} role="status">
          <p>
            Je concept van {formatSavedAt(form.restoredAt)} is teruggezet. Je kunt verdergaan waar je was gebleven.
          </p>
          <RestartDialog onConfirm={form.restart} className="button button--sm button--outline button--secondary" />
        </div>
      )}
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />

      <form noValidate onSubmit={form.submit} onBlur={form.recheck} className={styles.form} aria-label="Praktijk aanmelden">
        <Deel id="deel-praktijk" title="De praktijk">
          <TextField id={fieldId('title')} label={fieldLabels.title} hint="De naam zoals de gemeente hem gebruikt, zoals ‘Kids & Koffie op de kinderboerderij’. Van deze naam maken we ook de bestandsnaam." error={err('title')} value={state.title} onChange={(v) => form.setText('title', v)} />
          <TextAreaField
            id={fieldId('summary')}
            label={fieldLabels.summary}
            hint="Eén of twee zinnen, 40 tot 200 tekens: wat is het, voor wie en waar. Staat op de kaart in het overzicht en in zoekmachines."
            error={err('summary')}
            value={state.summary}
            onChange={(v) => form.setText('summary', v)}
            rows={3}
            maxLength={200}
          />
        </Deel>

        <Deel id="deel-waar" title="Waar">
          <TextField id={fieldId('gemeente')} label={fieldLabels.gemeente} hint="Bij een regionale praktijk: de gemeente die de leiding heeft." error={err('gemeente')} value={state.gemeente} onChange={(v) => form.setText('gemeente', v)} width="medium" />
          <TextField id={fieldId('regio')} label={fieldLabels.regio} optional hint="Alleen als de praktijk regionaal is, zoals ‘Hart van Brabant’." error={err('regio')} value={state.regio} onChange={(v) => form.setText('regio', v)} width="medium" />
          <SelectField
            id={fieldId('provincie')}
            label={fieldLabels.provincie}
            error={err('provincie')}
            value={state.provincie}
            onChange={(v) => form.setText('provincie', v)}
            options={provincies}
            placeholder="Kies een provincie"
          />
          <fieldset className={styles.fieldset} aria-describedby="coordinaten-hint">
            <legend className={styles.legend}>Plaats op de kaart</legend>
            <div id="coordinaten-hint" className={styles.hint}>
              Van het gemeentehuis of de plek waar de praktijk draait, in decimale graden met een punt of een komma, zoals 52.09 of 52,09. In Nederland ligt de
              breedtegraad tussen 50.7 en 53.6 en de lengtegraad tussen 3.3 en 7.3; twee cijfers achter de punt of komma is genoeg. Je vindt ze bijvoorbeeld op
              OpenStreetMap: klik met rechts op de plek en kies ‘Toon adres’.
            </div>
            <div className={styles.inline}>
              <TextField id={fieldId('coordinaten.lat')} label={fieldLabels['coordinaten.lat']} hint="Bijvoorbeeld 52.09" error={err('coordinaten.lat')} value={state.lat} onChange={(v) => form.setText('lat', v)} inputMode="decimal" width="short" />
              <TextField id={fieldId('coordinaten.lon')} label={fieldLabels['coordinaten.lon']} hint="Bijvoorbeeld 5.12" error={err('coordinaten.lon')} value={state.lon} onChange={(v) => form.setText('lon', v)} inputMode="decimal" width="short" />
            </div>
          </fieldset>
        </Deel>

        <Deel id="deel-wie" title="Voor wie en sinds wanneer">
          <TextField id={fieldId('startjaar')} label={fieldLabels.startjaar} optional hint="Het jaar waarin de praktijk begon, als de bron dat noemt." error={err('startjaar')} value={state.startjaar} onChange={(v) => form.setText('startjaar', v)} inputMode="numeric" width="short" />
          {choice('doelgroepen', 'Kies alle groepen voor wie de praktijk bedoeld is.')}
          {choice('leeftijdsfasen', 'Kies de leeftijden van de kinderen of jongeren om wie het gaat, alleen als de bron ze noemt.')}
          <fieldset className={styles.fieldset} aria-describedby="leeftijd-hint">
            <legend className={styles.legend}>
              Leeftijd in jaren<span className={styles.optional}> (niet verplicht)</span>
            </legend>
            <div id="leeftijd-hint" className={styles.hint}>
              Alleen als de bron een precieze leeftijd noemt, zoals 0 tot 4. Vul beide in, of laat beide leeg.
            </div>
            <div className={styles.inline}>
              <TextField id={fieldId('leeftijd.van')} label="Van" error={err('leeftijd.van')} value={state.leeftijdVan} onChange={(v) => form.setText('leeftijdVan', v)} inputMode="numeric" width="short" />
              <TextField id={fieldId('leeftijd.tot')} label="Tot en met" error={err('leeftijd.tot')} value={state.leeftijdTot} onChange={(v) => form.setText('leeftijdTot', v)} inputMode="numeric" width="short" />
            </div>
          </fieldset>
          {choice('settings', 'Waar vindt en bereikt de praktijk mensen? Kies alles wat past.')}
        </Deel>

        <Deel id="deel-inhoud" title="Thema’s en werkende factoren">
          {choice('themas', 'Kies de thema’s van de kennisbank waar de praktijk bij hoort.')}
          {choice(
            'factoren',
            <>
              De veertien <Link to="/werkende-factoren">werkende factoren</Link> uit ‘Van nul tot later als ik groot ben’. Kies de factoren die deze praktijk
              duidelijk laat zien.
            </>,
            false,
          )}
          {choice('preventieniveau', 'Voor wie is de praktijk: iedereen, een groep met meer risico, of wie al signalen heeft?')}
        </Deel>

        <Deel id="deel-samenwerking" title="Samenwerking en methoden">
          <TextAreaField
            id={fieldId('partners')}
            label={fieldLabels.partners}
            optional
            hint="Organisaties die samenwerken in de praktijk. Eén per regel."
            error={err('partners')}
            value={state.partners}
            onChange={(v) => form.setText('partners', v)}
            rows={4}
          />
          {rowList('interventies', 'Methoden of programma’s met een eigen naam, zoals Triple P. Beschrijf elk in één zin van 10 tot 300 tekens.')}
        </Deel>

        <Deel id="deel-cijfers" title="Cijfers en kosten">
          {rowList('kerncijfers', 'Bereik en resultaten, zoals ‘Ouders per inloopochtend’ en ‘10-20’. Geef een jaar alleen als de bron het noemt.')}
          {rowList('kosten', 'Alleen als de bron kosten of financiering noemt; een jaar alleen als de bron het geeft.')}
        </Deel>

        <Deel id="deel-contact" title="Contact en websites">
          {rowList('contact', 'Organisatie en rol. Een naam alleen als de bron die noemt; nooit een persoonlijk e-mailadres of telefoonnummer.')}
          {rowList('websites', 'Websites die de bron noemt, met het volledige adres dat begint met https://.')}
        </Deel>

        <Deel id="deel-bron" title="Bron">
          <p className={styles.hint}>Waar komen de feiten vandaan? Bijvoorbeeld een publicatie, een raadsvoorstel of een evaluatie.</p>
          <TextField id={fieldId('bron.titel')} label={fieldLabels['bron.titel']} error={err('bron.titel')} value={state.bron.titel} onChange={(v) => form.setBron('titel', v)} />
          <TextField id={fieldId('bron.uitgever')} label={fieldLabels['bron.uitgever']} hint="De organisatie die de bron uitgaf." error={err('bron.uitgever')} value={state.bron.uitgever} onChange={(v) => form.setBron('uitgever', v)} />
          <div className={styles.inline}>
            <TextField id={fieldId('bron.jaar')} label={fieldLabels['bron.jaar']} hint="Zoals 2018" error={err('bron.jaar')} value={state.bron.jaar} onChange={(v) => form.setBron('jaar', v)} inputMode="numeric" width="short" />
            <TextField id={fieldId('bron.pagina')} label={fieldLabels['bron.pagina']} optional hint="Zoals 31 of 31-33" error={err('bron.pagina')} value={state.bron.pagina} onChange={(v) => form.setBron('pagina', v)} width="short" />
          </div>
          <TextField id={fieldId('bron.url')} label={fieldLabels['bron.url']} optional hint="Als de bron online staat. Begint met https://" error={err('bron.url')} value={state.bron.url} onChange={(v) => form.setBron('url', v)} type="url" inputMode="url" />
          <TextField
            id={fieldId('laatstBijgewerkt')}
            label={fieldLabels.laatstBijgewerkt}
            hint="De datum waarop je de tekst met de bron hebt vergeleken. Standaard vandaag."
            error={err('laatstBijgewerkt')}
            value={state.laatstBijgewerkt}
            onChange={(v) => form.setText('laatstBijgewerkt', v)}
            type="date"
            width="medium"
          />
        </Deel>

        <Deel id="deel-tekst" title="De tekst">
          <p className={styles.hint}>
            Een praktijkpagina heeft zeven vaste onderdelen, samen 600 tot 1000 woorden; ‘Meer weten’ maakt de site zelf uit bron, websites en contact. Schrijf in je eigen woorden en verzin niets: noem namen, cijfers,
            jaren, partners en kosten zoals de bron ze geeft. ‘In het kort’ is verplicht; de rest mag je later aanvullen. Een lege regel begint een
            nieuwe alinea; een regel die begint met ‘- ’ wordt een opsomming.
          </p>
          {praktijkSections.map(({key, heading, hint}) => (
            <TextAreaField
              key={key}
              id={fieldId(`body.${key}`)}
              label={heading}
              optional={key !== 'inHetKort'}
              hint={hint}
              error={err(`body.${key}`)}
              value={state.body[key]}
              onChange={(v) => form.setBody(key, v)}
              rows={key === 'inHetKort' ? 5 : 7}
            />
          ))}
        </Deel>

        <div className={styles.submitBar}>
          <button type="submit" className="button button--primary button--lg" disabled={!isBrowser}>
            Controleer en maak het bestand
          </button>
          <RestartDialog onConfirm={form.restart} />
        </div>
        <p className={styles.hint}>
          Wat je invult, blijft in deze browser: we bewaren het als concept in de lokale opslag, zodat je later verder kunt. Er gaat niets naar een server
          en we gebruiken geen cookies.
        </p>
      </form>

      {form.finished && (
        <ResultPanel
          finished={form.finished}
          stale={form.stale}
          repositoryUrl={repositoryUrl}
          factorTitles={Object.fromEntries(factoren.map((f) => [f.slug, f.title]))}
          headingRef={form.resultRef}
        />
      )}
    </>
  );
}
