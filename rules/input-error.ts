import { en } from './messages/en.ts'
import { errorText } from './messages/word.ts'
import type { ValidationError } from './types.ts'

/** Thrown by checkYear/checkCycle on bad input; carries the typed error list. */
export class RulesInputError extends Error {
  readonly errors: ValidationError[]
  constructor(errors: ValidationError[]) {
    super(errors.map((e) => errorText(en, e)).join('; '))
    this.name = 'RulesInputError'
    this.errors = errors
  }
}
