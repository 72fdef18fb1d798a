import { LinkCards } from '@/components/panels/LinkCards';
import { PlaceCards } from '@/components/panels/PlaceCards';
import { getDataset } from '@/lib/data/load';

export default function HomePage() {
  const dataset = getDataset();
  return (
    <main className="page">
      <h1>Innovation Atlas</h1>
      <p className="lede">
        Science-and-technology cooperation between Shanghai (with Zhangjiang Hi-Tech Park and the Lin-gang
        Special Area), Suzhou, Shaoxing and Boston. Every place and link below carries its source.
      </p>
      <h2>Cooperation links</h2>
      <LinkCards dataset={dataset} />
      <h2>Places</h2>
      <PlaceCards dataset={dataset} />
    </main>
  );
}
