import { answerStats } from '@/lib/api/server/handlers/stats';

export const GET = answerStats;
