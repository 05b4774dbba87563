// The console's views render whole react-admin pages in jsdom: on a loaded 2-core CI machine a
// role query over such a page can take longer than testing-library's 1 s wait and jest's 5 s test.
require('@testing-library/react').configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);
