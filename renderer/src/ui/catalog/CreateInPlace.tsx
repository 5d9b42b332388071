import { TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { type RefInfo, type RefKind, refInfoOf } from '../../state/catalog/catalogRefs';
import { CouponEditor } from './CouponEditor';
import { ProductEditor } from './ProductEditor';
import { couponPrefill, productPrefill, taskTypesFor } from './prefill';
import { TaskEditor } from './TaskEditor';

interface Props {
  kind: RefKind;
  /** For tasks: only this type (a giveaway cue makes a giveaway). */
  taskType?: TaskType | undefined;
  /** What was typed in the picker: the new item's name (or a product's SKU). */
  query: string;
  onCreated(id: string, info: RefInfo): void;
  onClose(): void;
}

/** The editor for a new product, coupon or task, opened over a cue form from its picker; what is saved is picked. */
export function CreateInPlace({ kind, taskType, query, onCreated, onClose }: Props) {
  if (kind === 'product') {
    return (
      <ProductEditor
        product={null}
        categories={[]}
        initial={productPrefill(query)}
        portal
        onClose={onClose}
        onCreated={(p) => onCreated(p.id, refInfoOf.product(p))}
      />
    );
  }
  if (kind === 'coupon') {
    return (
      <CouponEditor
        coupon={null}
        initial={couponPrefill(query)}
        portal
        onClose={onClose}
        onCreated={(c) => onCreated(c.id, refInfoOf.coupon(c))}
      />
    );
  }
  const types = taskTypesFor(taskType, TaskType.options);
  return (
    <TaskEditor
      task={null}
      types={types}
      initial={{ title: query, type: types[0] ?? 'follow' }}
      portal
      onClose={onClose}
      onCreated={(task) => onCreated(task.id, refInfoOf.task(task))}
    />
  );
}
