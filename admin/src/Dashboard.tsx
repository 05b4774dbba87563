import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';

export const Dashboard = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const { permissions: role } = usePermissions<string>();
    return (
        <Card sx={{ mt: 2 }}>
            <Title title="sme.app.title" />
            <CardContent>
                <Typography variant="h5" gutterBottom>
                    {translate('sme.app.title')}
                </Typography>
                {identity && <Typography>{translate('sme.dashboard.welcome', { name: identity.fullName })}</Typography>}
                {role && <Typography color="text.secondary">{translate('sme.dashboard.role', { role: translate(`sme.role.${role}`) })}</Typography>}
            </CardContent>
        </Card>
    );
};
