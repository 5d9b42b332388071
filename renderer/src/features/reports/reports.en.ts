/** English text of the Reports area. Its shape is the key set the Chinese file must match. */
export const reportsEn = {
  title: 'Reports',
};
