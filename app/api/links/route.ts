import { answerLinks } from '@/lib/api/server/handlers/links';

export const GET = answerLinks;
