// The name form's messages in the reader's language: what it makes of the selection it was
// opened with, and what is wrong with a field.
import type { Translate } from '../translate.ts';
import type { NameProblem, SelectionNotice } from './name-input.ts';

export function describeSelectionNotice(notice: SelectionNotice, t: Translate): string {
  switch (notice.kind) {
    case 'several-paragraphs':
      return t('yours_selection_paragraphs', [notice.paragraphs]);
    case 'too-long':
      return t(notice.more ? 'yours_selection_too_long_more' : 'yours_selection_too_long', [notice.chars, notice.max]);
    case 'too-short':
      return t('yours_selection_too_short', [notice.text, notice.min]);
  }
}

export function describeNameProblem(problem: NameProblem, t: Translate): string {
  switch (problem.kind) {
    case 'empty':
      return t('yours_problem_empty');
    case 'too-short':
      return t('yours_problem_too_short', [problem.text, problem.min]);
    case 'too-long':
      return t(problem.field === 'description' ? 'yours_problem_description_too_long' : 'yours_problem_too_long', [problem.chars, problem.max]);
    case 'no-letters':
      return t('yours_problem_no_letters', [problem.text]);
    case 'exists':
      return t('yours_problem_exists', [problem.text, problem.name]);
    case 'too-many':
      return t('yours_problem_too_many', [problem.count, problem.max]);
    case 'unknown-entity':
      return t('yours_problem_unknown_entity');
    case 'invalid':
      return t('yours_problem_invalid', [problem.detail]);
  }
}
