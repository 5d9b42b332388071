/** English text shared by every editor drawer (products, coupons, follower tasks). */
export const editorEn = {
  close: 'Close',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  cancel: 'Cancel',
  delete: 'Delete',
  deleting: 'Deleting…',
  confirmDeleteYes: 'Yes, delete',
  offline: 'Not connected to the backend: saving is possible again once the connection is back.',
  required: 'Required.',
  saveFailed: 'Could not save: {{message}}',
  deleteFailed: 'Could not delete: {{message}}',
  shortcuts: 'Enter or {{mod}}S saves · Esc closes',
};
