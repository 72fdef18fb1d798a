import { z } from 'zod';

export const ErrorResponse = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'not_found', 'internal_error']),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});
