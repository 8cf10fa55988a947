/** Vocabulary shared by the itIsStrategic rule files. */

/** Kinds of business whose product is technology: "a tech company", "a SaaS business". */
export const SECTOR = String.raw`(?:tech|technology|software|saas|digital|fintech|it|data|online|e commerce|ecommerce|internet|web|app|platform|tech led|technology led|digital first|digital native|proptech|healthtech|edtech|insurtech|regtech|cyber|cloud|dev|development|it services|managed services|telecoms|engineering software)`;
