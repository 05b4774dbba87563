import { Button, CardContent, Typography } from '@mui/material';
import { Form, Login, PasswordInput, TextInput, email, required, useLogin, useNotify, useTranslate } from 'react-admin';
import type { Credentials } from './authProvider';

// react-admin's stock form asks for a "username"; staff sign in with their email.
const SignInForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const signIn = (credentials: Credentials) => login(credentials).catch((error: Error) => notify(error.message || 'ra.auth.sign_in_error', { type: 'error' }));
  return (
    <Form onSubmit={(values: object) => signIn(values as Credentials)}>
      <CardContent>
        <Typography variant="subtitle1" align="center" gutterBottom>
          {translate('sme.app.title')}
        </Typography>
        <TextInput source="email" label="ra.auth.email" type="email" autoComplete="username" validate={[required(), email()]} autoFocus />
        <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} />
        <Button type="submit" variant="contained" fullWidth>
          {translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};

export const LoginPage = () => (
  <Login>
    <SignInForm />
  </Login>
);
