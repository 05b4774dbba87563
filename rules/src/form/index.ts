// The application form: schema, derived values, Strapi mapping. (being written)
export {};
