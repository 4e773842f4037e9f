// What every writer of observations checks first, in one place: an array of observations,
// each valid against ObservationSchema (the first bad one is the error, naming its index).

import { denseArray } from '../internal/guards.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import { safeValidate } from '../model/validate.js';

/**
 * The observations, checked: an array (`INVALID_ARGUMENT`), each matching
 * {@link ObservationSchema} (`VALIDATION_FAILED` naming `observations[i]` and the field).
 */
export function validObservations(observations: unknown): Observation[] {
  return denseArray(observations, 'observations', 'an array of observations').map(
    (observation, index) => {
      const result = safeValidate(ObservationSchema, observation, `observations[${index}]`);
      if (!result.success) throw result.error;
      return result.data;
    },
  );
}
