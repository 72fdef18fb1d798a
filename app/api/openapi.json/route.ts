import { answerOpenApi } from '@/lib/api/server/handlers/openapi';

export const GET = answerOpenApi;
