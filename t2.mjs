import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const db = await PGlite.create(); console.log('create', Date.now()-t);
await db.exec('create table x(a int); insert into x values (1)');
t=Date.now(); const c = await db.clone(); console.log('clone', Date.now()-t, (await c.query('select * from x')).rows);
t=Date.now(); const d = await db.dumpDataDir('none'); console.log('dump', Date.now()-t, d.size);
t=Date.now(); const e = await PGlite.create({loadDataDir: d}); console.log('load', Date.now()-t, (await e.query('select * from x')).rows);
