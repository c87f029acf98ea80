export const LOCALE_STORAGE_KEY = 'jiliang.locale';
