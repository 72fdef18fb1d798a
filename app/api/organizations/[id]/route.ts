import { answerOrganization } from '@/lib/api/server/handlers/organizations';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return answerOrganization(request, (await context.params).id);
}
