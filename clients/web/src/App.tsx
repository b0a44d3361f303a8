import { useEffect, useState, type FormEvent } from 'react';
import { readClaims, session, type Claims } from './api';
import { completeSignIn, identityProvider, signOutAtProvider } from './oidc';
import { LanguageContext, useI18n, useT, type Language } from './i18n';
import { CaseworkerView } from './views/Caseworker';
import { InstitutionView } from './views/Institution';
import { MentorView } from './views/Mentor';
import { ProviderView } from './views/Provider';
import { YouthGuideView } from './views/YouthGuide';
import { SocialWorkerView } from './views/SocialWorker';
import { AuditorView } from './views/Auditor';

interface DemoUser {
  key: string;
  name: string;
  roles: string[];
  relatesTo: string;
}

export function App() {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('language') as Language | null) ?? 'da');
  const [claims, setClaims] = useState<Claims | null>(() => (session.token ? readClaims(session.token) : null));
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem('language', language);
  }, [language]);
  const signIn = (token: string) => {
    const read = readClaims(token);
    session.set(read ? token : null);
    setClaims(read);
    window.location.hash = '#/';
  };
  const [signInError, setSignInError] = useState(false);
  useEffect(() => {
    // Back from the identity provider with a code: exchange it (PKCE) for the access token.
    completeSignIn().then(
      (token) => {
        if (token) signIn(token);
      },
      () => setSignInError(true),
    );
  }, []);
  const signOut = () => {
    session.set(null);
    setClaims(null);
    window.location.hash = '#/';
    void signOutAtProvider();
  };
  return (
    <LanguageContext.Provider value={language}>
      <Header claims={claims} language={language} onLanguage={setLanguage} onSignOut={signOut} />
      <main>{claims ? <RoleView claims={claims} /> : <SignIn onToken={signIn} failed={signInError} />}</main>
    </LanguageContext.Provider>
  );
}

function Header({ claims, language, onLanguage, onSignOut }: { claims: Claims | null; language: Language; onLanguage(language: Language): void; onSignOut(): void }) {
  const { t, term } = useI18n();
  return (
    <header className="top">
      <h1>
        <a href="#/">{t('appName')}</a>
      </h1>
      <div className="who">
        {claims ? (
          <span data-testid="who">
            {claims.name} · {claims.roles.map((role) => term('Role', role)).join(', ')}
          </span>
        ) : null}
        {/* The visible text is the accessible name (WCAG 2.5.3), in the language it names. */}
        <button onClick={() => onLanguage(language === 'da' ? 'en' : 'da')} lang={language === 'da' ? 'en' : 'da'} data-testid="language" title={t('languageSwitch')}>
          {language === 'da' ? 'English' : 'Dansk'}
        </button>
        {claims ? <button onClick={onSignOut}>{t('signOut')}</button> : null}
      </div>
    </header>
  );
}

function RoleView({ claims }: { claims: Claims }) {
  const t = useT();
  if (claims.roles.includes('CASEWORKER')) return <CaseworkerView />;
  if (claims.roles.includes('INSTITUTION_STAFF')) return <InstitutionView institutionId={claims.org} />;
  if (claims.roles.includes('YOUTH_GUIDE')) return <YouthGuideView />;
  if (claims.roles.includes('MENTOR')) return <MentorView />;
  if (claims.roles.includes('PROVIDER_COORDINATOR')) return <ProviderView providerId={claims.org} />;
  if (claims.roles.includes('SOCIAL_WORKER')) return <SocialWorkerView />;
  if (claims.roles.includes('AUDITOR')) return <AuditorView />;
  return <p>{t('noAccess')}</p>;
}

function SignIn({ onToken, failed }: { onToken(token: string): void; failed: boolean }) {
  const { t, term } = useI18n();
  const [demoUsers, setDemoUsers] = useState<DemoUser[]>([]);
  const [error, setError] = useState<string | null>(failed ? t('signInFailed') : null);
  const [provider, setProvider] = useState(false);
  useEffect(() => {
    void identityProvider().then((users) => setProvider(users !== null));
  }, []);
  useEffect(() => {
    fetch('/auth/demo')
      .then((response) => (response.ok ? (response.json() as Promise<DemoUser[]>) : []))
      .then(setDemoUsers, () => setDemoUsers([]));
  }, []);
  async function demo(user: string) {
    const response = await fetch('/auth/demo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    if (!response.ok) return setError(`HTTP ${response.status}`);
    onToken(((await response.json()) as { token: string }).token);
  }
  function withToken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get('token') ?? '').trim();
    if (!readClaims(token)) return setError(t('error'));
    onToken(token);
  }
  return (
    <section className="signin">
      <h2>{t('signIn')}</h2>
      {error ? <p className="error" role="alert">{error}</p> : null}
      {provider ? (
        <p>
          <button className="primary" data-testid="sign-in-provider" onClick={() => void identityProvider().then((users) => users?.signinRedirect())}>
            {t('signInWithProvider')}
          </button>
        </p>
      ) : null}
      {demoUsers.length ? (
        <>
          <h3>{t('demoUsers')}</h3>
          <ul className="demo-users">
            {demoUsers.map((user) => (
              <li key={user.key}>
                <button onClick={() => void demo(user.key)} data-demo={user.key}>
                  {user.name} <small>{user.roles.map((role) => term('Role', role)).join(', ')}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={withToken} className="form">
        <label className="field">
          <span>{t('token')}</span>
          <textarea name="token" rows={4} />
        </label>
        <button type="submit">{t('signInWithToken')}</button>
      </form>
    </section>
  );
}
