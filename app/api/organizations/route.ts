import { answerOrganizations } from '@/lib/api/server/handlers/organizations';

export const GET = answerOrganizations;
