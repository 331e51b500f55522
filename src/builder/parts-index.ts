// The public content-part builders: WhatsApp interactive messages and RCS rich cards, carousels and suggestions.
export {};
