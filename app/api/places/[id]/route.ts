import { answerPlace } from '@/lib/api/server/handlers/places';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return answerPlace(request, (await context.params).id);
}
