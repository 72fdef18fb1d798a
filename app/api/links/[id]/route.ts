import { answerLink } from '@/lib/api/server/handlers/links';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return answerLink(request, (await context.params).id);
}
