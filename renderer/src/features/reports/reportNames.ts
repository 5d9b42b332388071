// The review's naming rule lives in shared/ so the hub names products, coupons and tasks the same way.
export { type ItemNames, itemNames } from '../../../../shared/domain/report/itemNames';
