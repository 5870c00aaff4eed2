/** Session: the user's locale and the script's time zone. */
import type { FakeSheetsWorld } from './world';
import type { GSession, Faked } from './types';

export class FakeSession implements Faked<GSession, 'getActiveUserLocale' | 'getScriptTimeZone'> {
  constructor(readonly world: FakeSheetsWorld) {}
  getActiveUserLocale(): string {
    const locale = this.world.options.userLocale ?? 'fr';
    if (typeof locale === 'string') return locale;
    if (this.world.authMode === 'CUSTOM_FUNCTION') throw locale;
    return 'fr';
  }
  getScriptTimeZone(): string {
    return 'Europe/Paris';
  }
}
