import { answerHealth } from '@/lib/api/server/handlers/health';

export const GET = answerHealth;
