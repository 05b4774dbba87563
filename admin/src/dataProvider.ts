import simpleRestProvider from 'ra-data-simple-rest';
import { apiUrl, httpClient } from './httpClient';

export const dataProvider = simpleRestProvider(`${apiUrl}/console`, httpClient);
