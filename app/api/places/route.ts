import { answerPlaces } from '@/lib/api/server/handlers/places';

export const GET = answerPlaces;
