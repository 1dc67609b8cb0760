import { useRoute } from 'preact-iso/router';
import { CreateProduct } from './create-product.tsx';
import { EditProduct } from './edit-product.tsx';
import './products.css';

/** `/admin/produits/nouveau` creates a product; `/admin/produits/:id` edits one. */
export default function ProductEditPage() {
  const { params } = useRoute();
  return params.id ? <EditProduct key={params.id} id={params.id} /> : <CreateProduct />;
}
