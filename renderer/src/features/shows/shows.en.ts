/** English text of the Shows area. Its shape is the key set the Chinese file must match. */
export const showsEn = {
  title: 'Shows',
};
