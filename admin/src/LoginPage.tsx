import { CardContent } from '@mui/material';
import { Form, Login, PasswordInput, SaveButton, TextInput, email, required, useLogin, useNotify, useTranslate } from 'react-admin';
import type { Credentials } from './authProvider';

// react-admin's stock form asks for a "username"; staff sign in with their email.
const SignInForm = () => {
    const login = useLogin();
    const notify = useNotify();
    const translate = useTranslate();
    const signIn = (credentials: Credentials) =>
        login(credentials).catch((error: Error) => notify(error.message || 'ra.auth.sign_in_error', { type: 'error' }));
    return (
        <Form onSubmit={(values: object) => signIn(values as Credentials)}>
            <CardContent>
                <TextInput source="email" label="ra.auth.email" type="email" autoComplete="username" validate={[required(), email()]} autoFocus fullWidth />
                <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} fullWidth />
                <SaveButton label={translate('ra.auth.sign_in')} icon={<></>} fullWidth />
            </CardContent>
        </Form>
    );
};

export const LoginPage = () => (
    <Login>
        <SignInForm />
    </Login>
);
