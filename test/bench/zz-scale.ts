import { fitAtScale } from './population';
const file = process.argv[2] as string;
const r = fitAtScale(file);
console.log(JSON.stringify(r));
