import type { imagesMethods } from '../../../shared/api/methods/images.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { ImageStore } from './imageStore';

export function createImagesHandlers(images: ImageStore): DomainHandlers<typeof imagesMethods> {
  return {
    'image.store': ({ dataBase64 }) => images.store(Buffer.from(dataBase64, 'base64')),
    'image.get': ({ hash }) => images.get(hash),
    'image.read': async ({ hash }) => {
      const { info, bytes } = await images.read(hash);
      return { hash, mime: info.mime, dataBase64: bytes.toString('base64') };
    },
  };
}
