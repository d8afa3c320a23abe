import { onBeforeUnmount, ref } from 'vue';

/** True on a phone-sized screen (≤ 600 px), kept current as the window changes, for tables that drop columns there. */
export function useNarrowScreen() {
  const query = window.matchMedia('(max-width: 600px)');
  const narrow = ref(query.matches);
  const update = (event: MediaQueryListEvent) => {
    narrow.value = event.matches;
  };
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
