import { answerSource } from '@/lib/api/server/handlers/sources';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return answerSource(request, (await context.params).id);
}
