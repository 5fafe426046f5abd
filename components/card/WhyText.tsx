// "Why is this marked?" in words: the name that matched and its case rule, a model code after
// it, and for a name that can mean something else, what decided it here.
import type { WhyMarked } from '../../lib/card/why-marked.ts';
import type { Translate } from '../../lib/translate.ts';

function decidedBy(why: WhyMarked, t: Translate): string {
  const d = why.decidedBy!;
  switch (d.kind) {
    case 'model':
      return t('card_why_by_model');
    case 'number':
      return t('card_why_by_number', [d.number]);
    case 'neighbour':
      return t('card_why_by_neighbour', [d.name]);
    case 'headline':
      return t('card_why_by_headline');
    case 'cue':
      return t('card_why_by_cue', [d.cue]);
    case 'unknown':
      return t('card_why_by_text');
  }
}

export function whySentences(why: WhyMarked | undefined, entityName: string, t: Translate): string[] {
  if (!why) return [t('card_why_gone', [entityName])];
  const lines = [t('card_why_alias', [why.written, why.alias, entityName, t(`card_why_case_${why.caseRule}`)])];
  if (why.model) {
    lines.push(why.model.shape ? t('card_why_model', [why.model.code, why.model.line, why.model.shape]) : t('card_why_model_plain', [why.model.code, why.model.line]));
  }
  if (why.decidedBy) lines.push(`${t('card_why_ambiguous', [why.alias])} ${decidedBy(why, t)}`);
  return lines;
}

export function WhyText(props: { why: WhyMarked | undefined; entityName: string; t: Translate }) {
  return (
    <div class="why" id="kb-card-why">
      {whySentences(props.why, props.entityName, props.t).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
